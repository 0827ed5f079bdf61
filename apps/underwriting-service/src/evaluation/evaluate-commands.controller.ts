import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { CommandInbox } from '@los/common';
import { MessagePattern as Pattern } from '@los/contracts';

@Controller()
export class EvaluateCommandsController {
  constructor(private readonly inbox: CommandInbox) {}

  @MessagePattern(Pattern.UnderwritingEvaluate)
  accept(@Payload() message: unknown) {
    return this.inbox.accept(message);
  }
}
