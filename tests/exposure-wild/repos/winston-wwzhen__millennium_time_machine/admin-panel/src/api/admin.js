import { callCloudFunction } from './cloudbase'
export async function getDashboardStats() {
export async function getGrowthTrend(days = 7) {
export async function getUserList(params) {
export async function getUserDetail(openid) {
export async function getUserTransactions(params) {
export async function getEggStats() {
export async function getEggRankings(limit = 20) {
export async function getRankings(limit = 20) {
export async function getEggDiscoveryHistory(params) {
export async function getQCIOUserList(params) {
export async function getQCIOUserDetail(qcioId) {
export async function getFarmStats() {
export async function getFarmLogs(params) {
export async function getChatHistory(params) {
export async function getGroupChatHistory(params) {
export async function getVisitStats() {
export async function getVisitHistory(params) {
export async function exportUsers() {
export async function exportTransactions(params) {
export async function exportEggs() {
export async function getActivityLogs(params) {
export async function getRecentActivity(limit = 50) {
