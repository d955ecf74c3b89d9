import cloud from '@lafjs/cloud';
const LOG_LEVEL = process.env.LOG_LEVEL || 'info';
export default async function (ctx) {
