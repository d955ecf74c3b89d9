export const CLOUD_NAME  = 'durtmkadv';
export const UPLOAD_PRESET = 'chatApp'; // unsigned preset