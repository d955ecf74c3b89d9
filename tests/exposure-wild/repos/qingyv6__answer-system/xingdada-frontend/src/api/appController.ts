import request from '@/request';
export async function addAppUsingPost(body: API.AppAddRequest, options?: { [key: string]: any }) {
export async function deleteAppUsingPost(
export async function editAppUsingPost(body: API.AppEditRequest, options?: { [key: string]: any }) {
export async function getAppVoByIdUsingGet(
export async function listAppByPageUsingPost(
export async function listAppVoByPageUsingPost(
export async function listMyAppVoByPageUsingPost(
export async function doAppReviewUsingPost(
export async function updateAppUsingPost(
