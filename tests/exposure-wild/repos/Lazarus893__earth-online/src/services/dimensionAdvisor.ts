import { chat } from './glm'
import type { DimensionKey } from '../App'
export interface Goal {
export interface Action {
export interface Opportunity {
export async function generateAnalysis(
export async function generateGoals(
export async function generateActions(
export async function generateOpportunities(
