import type { Gender } from '../registry/identity-record.js';
import type { UidaiAddress } from './uidai-address.mapper.js';

export interface EkycView {
  name: string;
  dob: string;
  gender: Gender;
  address: UidaiAddress;
}
