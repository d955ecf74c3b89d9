import React from 'react'
import { getAIGatewayService, initializeAIGateway } from '@/services/aiGatewayService'
import { initializeAIGatewayConfig } from '@/config/aiGatewayConfig'
import { GenerateRequest, GenerateResponse } from '@/types'
export async function initializeAIGatewayForApp(): Promise<void> {
export async function generateCodeWithGateway(request: GenerateRequest): Promise<GenerateResponse> {
export async function generateCodeStreamWithGateway(
export async function processContextualUpdateWithGateway(
export async function getGatewayStats(): Promise<any> {
export const useAIGateway = () => {
export class AIMigrationHelper {
export class AIGatewayIntegration {
VITE_AI_GATEWAY_DEFAULT_PROVIDER=glm
