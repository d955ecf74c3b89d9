import { supabase } from '../lib/supabase';
import type { CourseReview } from '../types/catalog';
export async function fetchCourseReviews(courseId: string): Promise<CourseReview[]> {
export async function fetchMyReview(courseId: string, userId: string): Promise<CourseReview | null> {
export async function upsertCourseReview(input: {
export async function deleteCourseReview(reviewId: string): Promise<void> {
export async function fetchMyReviews(userId: string): Promise<CourseReview[]> {
export async function isCourseFavorited(courseId: string, userId: string): Promise<boolean> {
export async function toggleCourseFavorite(courseId: string, userId: string): Promise<boolean> {
export async function fetchMyFavoriteCourseIds(userId: string): Promise<string[]> {
