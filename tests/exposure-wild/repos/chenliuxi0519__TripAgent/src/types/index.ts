export type TripStatus = "draft" | "planning" | "confirmed" | "completed" | "cancelled"
export interface Destination {
export interface DateRange {
export interface TripWeatherForecast {
export interface TripWeather {
export interface Trip {
export interface DayPlan {
export type ActivityType = "transportation" | "attraction" | "dining" | "accommodation" | "shopping" | "other"
export interface Location {
export interface TimeSlot {
export interface Activity {
export interface EnhancedActivity extends Activity {
export interface BudgetRange {
export interface UserPreferences {
export type MessageRole = "user" | "assistant" | "system"
export type MessageStatus = "thinking" | "streaming" | "completed" | "error"
export interface ChatMessage {
export type AgentType = "supervisor" | "planner" | "recommender" | "booking" | "document"
export interface AgentTask {
export type AgentPhase = "idle" | "thinking" | "planning" | "executing" | "completed" | "error"
export interface ToolCall {
export interface TripMetadata {
export interface ExportOptions {
export interface ConversationMessage {
export interface DestinationInteraction {
export interface RecommendationFeedback {
export interface UserSession {
export interface TripContext {
export interface Question {
export interface QuestionOption {
export interface QuickTripTemplate {
export interface BehaviorAnalytics {
export interface DataExportRequest {
