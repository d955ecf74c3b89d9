import { supabase } from '../lib/supabase';
import {
} from '../data/mockData';
import { normalizeCoverUrl } from '../utils/media';
export async function fetchSubjects(): Promise<Subject[]> {
export async function fetchCareers(): Promise<Career[]> {
export async function fetchTopics(domainId?: string): Promise<CatalogTopic[]> {
export async function fetchTopicById(topicId: string): Promise<CatalogTopic | null> {
export async function fetchCourses(): Promise<Course[]> {
export async function fetchCoursesByTopic(topicId: string): Promise<Course[]> {
export async function fetchCourseById(courseId: string): Promise<Course | null> {
export async function fetchCompaniesWithCourses(): Promise<Company[]> {
