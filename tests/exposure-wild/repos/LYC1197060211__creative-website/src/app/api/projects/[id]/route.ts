import { NextRequest, NextResponse } from 'next/server'
import { supabase } from '@/lib/supabase'
import { projectService } from '@/lib/database'
export async function GET(
export async function PUT(
export async function DELETE(
