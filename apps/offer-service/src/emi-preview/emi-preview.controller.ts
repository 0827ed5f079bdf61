import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { MessagePattern as Pattern } from '@los/contracts';
import { EmiPreviewUseCase } from './emi-preview.usecase.js';
import { queryPayloadOf } from './query-payload.js';

@Controller()
export class EmiPreviewController {
  constructor(private readonly preview: EmiPreviewUseCase) {}

  /** Answers JSON text: the gateway sends it on as is instead of parsing and re-serialising a schedule. */
  @MessagePattern(Pattern.EmiPreview)
  quote(@Payload() message: unknown): string {
    return JSON.stringify(this.preview.execute(queryPayloadOf(message)));
  }
}
