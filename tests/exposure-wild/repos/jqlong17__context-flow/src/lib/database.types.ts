export type Json =
export type Database = {
export type Tables<
export type TablesInsert<
export type TablesUpdate<
export type Enums<
export type CompositeTypes<
