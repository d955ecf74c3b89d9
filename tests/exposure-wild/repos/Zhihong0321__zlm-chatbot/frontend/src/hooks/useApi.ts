import { useQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../services/api';
import type { Agent, Session, Message, CreateAgentRequest, UpdateAgentRequest, CreateSessionRequest, AgentKnowledgeFile, FileUploadResponse } from '../types';
export function useAgents() {
export function useCreateAgent() {
export function useUpdateAgent() {
export function useDeleteAgent() {
export function useSessions() {
export function useCreateSession() {
export function useDeleteSession() {
export function useSession(id: string) {
export function useSessionHistory(id: string) {
export function useSendMessage() {
export function useUpdateSession() {
export function useUploadFile() {
export function useSearchSessions() {
export function useBulkDeleteSessions() {
export function useArchiveSession() {
export function useSessionAnalytics() {
export function useActivityTimeline(days: number = 30) {
export function useSessionAnalyticsDetail(sessionId: string) {
export function useAgentWithFiles(agentId: string) {
export function useAgentFiles(agentId: string) {
export function useUploadAgentFile() {
export function useDeleteAgentFile() {
