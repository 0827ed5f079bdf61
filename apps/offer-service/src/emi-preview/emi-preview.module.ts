import { Module } from '@nestjs/common';
import { EmiPreviewController } from './emi-preview.controller.js';
import { EmiPreviewUseCase } from './emi-preview.usecase.js';

@Module({ controllers: [EmiPreviewController], providers: [EmiPreviewUseCase] })
export class EmiPreviewModule {}
