import request from "../request";
export async function addUserAnswerUsingPost(
export async function deleteUserAnswerUsingPost(
export async function editUserAnswerUsingPost(
export async function generateUserAnswerIdUsingGet(options?: {
export async function getUserAnswerVoByIdUsingGet(
export async function listUserAnswerByPageUsingPost(
export async function listUserAnswerVoByPageUsingPost(
export async function listMyUserAnswerVoByPageUsingPost(
export async function updateUserAnswerUsingPost(
