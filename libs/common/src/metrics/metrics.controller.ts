import { Controller, Get, Header } from '@nestjs/common';
import { metricsRegistry } from './metrics.registry.js';

@Controller('metrics')
export class MetricsController {
  @Get()
  @Header('content-type', metricsRegistry.contentType)
  metrics(): Promise<string> {
    return metricsRegistry.metrics();
  }
}
