// Vercel serverless function entry point
export { default } from './functions/slack.js';
