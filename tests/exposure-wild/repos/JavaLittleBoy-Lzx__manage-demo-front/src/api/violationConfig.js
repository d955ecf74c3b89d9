import request from '@/utils/request';
export function getLocationPage(params) {
export function getEnabledLocations(parkName) {
export function addLocation(data) {
export function updateLocation(id, data) {
export function deleteLocation(id) {
export function toggleLocationEnabled(id, isEnabled) {
export function getTypePage(params) {
export function getEnabledTypes(parkName) {
export function addType(data) {
export function updateType(id, data) {
export function deleteType(id) {
export function toggleTypeEnabled(id, isEnabled) {
export function getDescriptionPage(params) {
export function getEnabledDescriptions(violationTypeCode, parkName) {
export function addDescription(data) {
export function updateDescription(id, data) {
export function deleteDescription(id) {
export function toggleDescriptionEnabled(id, isEnabled) {
export function getReasonPage(params) {
export function getEnabledReasons(reasonCategory, parkName) {
export function addReason(data) {
export function updateReason(id, data) {
export function deleteReason(id) {
export function toggleReasonEnabled(id, isEnabled) {
export function getAISuggestions(typeName) {
