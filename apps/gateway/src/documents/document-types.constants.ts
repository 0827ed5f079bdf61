export enum DocumentType {
  PanCard = 'PAN_CARD',
  AadhaarMasked = 'AADHAAR_MASKED',
  BankStatement = 'BANK_STATEMENT',
  SalarySlip = 'SALARY_SLIP',
  Photo = 'PHOTO',
}

export interface DocumentCap {
  contentTypes: readonly string[];
  maxBytes: number;
}

const MB = 1024 * 1024;
const JPEG = 'image/jpeg';
const PNG = 'image/png';
const PDF = 'application/pdf';

/** What each kind of document may be: the gateway checks the declaration, the upload policy holds S3 to it. */
export const DOCUMENT_CAPS: Record<DocumentType, DocumentCap> = {
  [DocumentType.PanCard]: { contentTypes: [JPEG, PNG, PDF], maxBytes: 5 * MB },
  [DocumentType.AadhaarMasked]: { contentTypes: [JPEG, PNG, PDF], maxBytes: 5 * MB },
  [DocumentType.BankStatement]: { contentTypes: [PDF], maxBytes: 10 * MB },
  [DocumentType.SalarySlip]: { contentTypes: [PDF, JPEG, PNG], maxBytes: 5 * MB },
  [DocumentType.Photo]: { contentTypes: [JPEG, PNG], maxBytes: 2 * MB },
};

export const UPLOAD_URL_TTL_S = 10 * 60;
export const DOWNLOAD_URL_TTL_S = 5 * 60;
