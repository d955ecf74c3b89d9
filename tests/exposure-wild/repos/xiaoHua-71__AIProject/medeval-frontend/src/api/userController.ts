import request from "../request";
export async function addUserUsingPost(
export async function deleteUserUsingPost(
export async function getUserByIdUsingGet(
export async function getLoginUserUsingGet(options?: { [key: string]: any }) {
export async function getUserVoByIdUsingGet(
export async function listUserByPageUsingPost(
export async function listUserVoByPageUsingPost(
export async function userLoginUsingPost(
export async function userLogoutUsingPost(options?: { [key: string]: any }) {
export async function userRegisterUsingPost(
export async function updateUserUsingPost(
export async function updateMyUserUsingPost(
