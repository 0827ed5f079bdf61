import { ApiExtension } from '@nestjs/swagger';

export const ETAG_EXTENSION = 'x-los-etag';

/** Documents what ETagInterceptor does on the route: ETag on 200, If-None-Match taken, 304 while unchanged. */
export const ApiETag = () => ApiExtension(ETAG_EXTENSION, true);
