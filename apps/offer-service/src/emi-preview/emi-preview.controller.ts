import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { MessagePattern as Pattern } from '@los/contracts';
import { type EmiPreviewReply, EmiPreviewUseCase } from './emi-preview.usecase.js';
import { queryPayloadOf } from './query-payload.js';

@Controller()
export class EmiPreviewController {
  constructor(private readonly preview: EmiPreviewUseCase) {}

  @MessagePattern(Pattern.EmiPreview)
  quote(@Payload() message: unknown): EmiPreviewReply {
    return this.preview.execute(queryPayloadOf(message));
  }
}
