import { Body, Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, NoIdempotency, parseIdempotencyKey, Permission, RequirePermissions, type AuthenticatedUser } from '@los/common';
import { ErrorCode } from '@los/contracts';
import { ApiErrors } from '../common/api-errors.decorator.js';
import { toDocumentDownloadView, toDocumentUploadView, toDocumentView } from './document.mapper.js';
import { DocumentDownloadView, DocumentUploadView, DocumentView } from './document.view.js';
import { DocumentsService } from './documents.service.js';
import { RequestUploadDto } from './dto/request-upload.dto.js';

@ApiTags('documents')
@Controller('v1/applications/:id/documents')
export class DocumentsController {
  constructor(private readonly documents: DocumentsService) {}

  @Post()
  @ApiOperation({ operationId: 'requestDocumentUpload', summary: 'Register a document and get a pre-signed upload form' })
  @NoIdempotency() // the answer holds pre-signed form credentials, never stored: the service dedupes by key instead
  @RequirePermissions(Permission.DocumentWrite)
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'A retry gets the same document with a newly signed form' })
  @ApiCreatedResponse({ type: DocumentUploadView, description: 'The document, PENDING_UPLOAD, with a pre-signed POST valid 10 minutes' })
  @ApiErrors(400, 401, 403, 404, 422, ErrorCode.DocumentLocked, ErrorCode.IdempotencyKeyReused)
  async requestUpload(
    @Param('id', ParseUUIDPipe) applicationId: string,
    @Body() body: RequestUploadDto,
    @CurrentUser() user: AuthenticatedUser,
    @Headers('idempotency-key') idempotencyKey?: string,
  ): Promise<DocumentUploadView> {
    const key = parseIdempotencyKey(idempotencyKey);
    const { document, upload } = await this.documents.requestUpload(user, applicationId, body, key);
    return toDocumentUploadView(document, upload);
  }

  @Get()
  @ApiOperation({ operationId: 'listDocuments', summary: "List an application's documents" })
  @RequirePermissions(Permission.DocumentRead)
  @ApiOkResponse({ type: [DocumentView] })
  @ApiErrors(400, 401, 403, 404)
  async list(@Param('id', ParseUUIDPipe) applicationId: string, @CurrentUser() user: AuthenticatedUser): Promise<DocumentView[]> {
    return (await this.documents.list(user, applicationId)).map(toDocumentView);
  }

  @Post(':docId/confirm')
  @ApiOperation({ operationId: 'confirmDocumentUpload', summary: 'Confirm that a document was uploaded' })
  @HttpCode(200)
  @RequirePermissions(Permission.DocumentWrite)
  @ApiOkResponse({
    type: DocumentView,
    description: 'The upload checked against its declaration and locked (CHECKED); a document is confirmed once (DOCUMENT_LOCKED after)',
  })
  @ApiErrors(400, 401, 403, 404, 409, 503, ErrorCode.DocumentChanged, ErrorCode.DocumentLocked)
  async confirm(
    @Param('id', ParseUUIDPipe) applicationId: string,
    @Param('docId', ParseUUIDPipe) documentId: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<DocumentView> {
    return toDocumentView(await this.documents.confirmUpload(user, applicationId, documentId));
  }

  @Get(':docId/download')
  @ApiOperation({ operationId: 'getDocumentDownload', summary: 'Get a pre-signed download link for a document' })
  @RequirePermissions(Permission.DocumentRead)
  @ApiOkResponse({
    type: DocumentDownloadView,
    description: 'A pre-signed GET of the checked copy, valid 5 minutes; checks a pending upload first',
  })
  @ApiErrors(400, 401, 403, 404, 409, 503)
  async download(
    @Param('id', ParseUUIDPipe) applicationId: string,
    @Param('docId', ParseUUIDPipe) documentId: string,
    @CurrentUser() user: AuthenticatedUser,
  ): Promise<DocumentDownloadView> {
    return toDocumentDownloadView(await this.documents.requestDownload(user, applicationId, documentId));
  }
}
