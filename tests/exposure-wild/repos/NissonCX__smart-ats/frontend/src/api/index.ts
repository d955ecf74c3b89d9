export { authApi } from './auth';
export { jobApi } from './job';
export { resumeApi } from './resume';
export { candidateApi } from './candidate';
export { applicationApi } from './application';
export { interviewApi } from './interview';
export { webhookApi } from './webhook';
export { auditApi } from './audit';
export { analyticsApi, getAnalyticsSseUrl } from './analytics';
