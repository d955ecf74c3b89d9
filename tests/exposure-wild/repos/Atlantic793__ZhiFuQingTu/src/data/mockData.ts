export type {
} from '../types/catalog';
import type { Career, CatalogTopic, Company, Course, CourseChapter, Subject } from '../types/catalog';
import course7Chapters from './fixtures/course-7-chapters.json';
export const catalogTopics: CatalogTopic[] = courseSeeds.map((s, index) => ({
export const courses: Course[] = courseSeeds.flatMap((s) => [leafFromSeed(s, 'A'), leafFromSeed(s, 'B')]);
export const companies: Company[] = [
export interface QuizQuestion {
export interface Comment {
export interface Message {
export const subjects: Subject[] = [
export const careers: Career[] = [
export const quizQuestions: QuizQuestion[] = [
    options: ['import module', 'include module', 'require module', 'using module'],
    explanation: 'Python使用import语句导入模块，如import math或from math import sqrt。',
export const comments: Comment[] = [
