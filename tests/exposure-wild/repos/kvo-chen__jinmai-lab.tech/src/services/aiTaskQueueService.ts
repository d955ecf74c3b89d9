export type TaskStatus = 'pending' | 'running' | 'completed' | 'failed' | 'cancelled';
export type TaskPriority = 'low' | 'medium' | 'high' | 'urgent';
export interface AITask {
export interface TaskQueueConfig {
export type TaskExecutor = (task: AITask) => Promise<any>;
export class AITaskQueueService {
export const aiTaskQueueService = new AITaskQueueService();
