import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { CommandInbox } from '@los/common';
import { MessagePattern as Pattern } from '@los/contracts';

@Controller()
export class SubmissionCommandsController {
  constructor(private readonly inbox: CommandInbox) {}

  @MessagePattern(Pattern.SubmitToPartner)
  accept(@Payload() message: unknown) {
    return this.inbox.accept(message);
  }
}
