import { getSupabase } from '../lib/supabase';
export const getCustomsApiConfig = async (): Promise<CustomsApiConfig | null> => {
export const queryTendata = async (
export const queryExportGenius = async (
export const queryDescartes = async (
export const queryCustomsData = async (
export const convertCustomsRecordToCustomer = (
export const importCustomsDataAsCustomers = async (
