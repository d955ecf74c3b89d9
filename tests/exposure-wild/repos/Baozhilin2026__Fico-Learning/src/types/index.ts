export interface VocabularyEntry {
export interface VocabularySection {
export interface VocabularyData {
export interface ScriptScenario {
export interface ScriptPhase {
export interface ScriptObject {
export interface CommunicationData {
export interface InterviewQuestion {
export interface InterviewPart {
export interface InterviewQAData {
export interface InterviewQuestionItem {
export interface InterviewStage {
export interface InterviewQuestionsData {
export interface InterviewConfig {
export interface AppConfig {
export type TTSAccent = 'indian' | 'singapore' | 'western'
export type TTSGender = 'male' | 'female'
export interface TTSSettings {
export type BookmarkType = 'vocabulary' | 'communication' | 'interview'
export interface Bookmark {
export interface VocabularyProgress {
export interface LearningProgress {
export interface InterviewAnswer {
export interface InterviewSession {
export interface InterviewFeedback {
export interface AuthState {
export type FICOJobLevel = 'junior' | 'middle' | 'senior'
export type FICOIndustry =
export interface AIInterviewQuestion {
export interface AIInterviewFeedback {
export interface ParsedJobRequirement {
export interface GLMConfig {
export interface JobLevelConfig {
export interface AppConfigExtended extends AppConfig {
  glm?: GLMConfig
