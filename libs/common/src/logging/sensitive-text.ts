// Value-based scrubbing backs up the key-based redaction: identity numbers can hide in free text.
const AADHAAR = /(?<!\d)[2-9]\d{3}[ -]?\d{4}[ -]?\d{4}(?!\d)/g;
const PAN = /\b[A-Z]{3}[ABCFGHLJPTK][A-Z]\d{4}[A-Z]\b/g;
const JWT = /\beyJ[\w-]{8,}\.[\w-]{8,}\.[\w-]+/g;
const SIGNED_QUERY = /([?&])(X-Amz-[\w-]+|Signature|AWSAccessKeyId|Expires|Policy)=[^&\s"']*/gi;

export function scrubSensitiveText(text: string): string {
  return text.replace(AADHAAR, '[AADHAAR]').replace(PAN, '[PAN]').replace(JWT, '[TOKEN]').replace(SIGNED_QUERY, '$1$2=[REDACTED]');
}

/** Keys whose values never reach a log line, at any depth we log. */
export const SENSITIVE_KEYS = [
  'aadhaar',
  'aadhaarNumber',
  'accountNumber',
  'pan',
  'mobile',
  'phone',
  'email',
  'address',
  'dob',
  'password',
  'token',
  'accessToken',
  'refreshToken',
  'secret',
  'apiKey',
  'authorization',
  'cookie',
  'otp',
  'url',
  'uploadUrl',
  'downloadUrl',
  'fields',
  'MYSQL_URL',
  'MONGO_URL',
  'REDIS_URL',
  'S3_SECRET_ACCESS_KEY',
];

export function redactionPaths(depth = 4): string[] {
  const paths = ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-api-key"]', 'res.headers["set-cookie"]'];
  for (const key of SENSITIVE_KEYS) {
    let prefix = '';
    for (let level = 0; level < depth; level++) {
      paths.push(`${prefix}${key}`);
      prefix += '*.';
    }
  }
  return paths;
}
