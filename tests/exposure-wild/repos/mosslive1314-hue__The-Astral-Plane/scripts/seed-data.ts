import { Client } from 'pg'
const connectionString = process.env.DATABASE_URL || 'postgresql://postgres:REDACTED@db.tzqcimpabjmrxlftkgfy.supabase.co:5432/postgres'
