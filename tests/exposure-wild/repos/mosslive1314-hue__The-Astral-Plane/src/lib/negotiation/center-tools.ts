import {
} from '@/types/center-tools'
export abstract class CenterTool {
export class OutputPlanTool extends CenterTool {
export class CreateMachineTool extends CenterTool {
export class AskAgentTool extends CenterTool {
export class StartDiscoveryTool extends CenterTool {
export class CreateSubDemandTool extends CenterTool {
export class ToolSet {
export const toolSet = new ToolSet()
