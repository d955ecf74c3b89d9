import { NextResponse } from 'next/server'
import { agentPool } from '@/lib/agent-pool'
import { hdEncoder } from '@/lib/hdc/encoder'
import { DemandFormulationSkill } from '@/lib/skills/demand-formulation-skill'
import { protocolAPI } from '@/lib/protocol/protocol-api'
import { protocolEventBus } from '@/lib/protocol/event-bus'
import { v4 as uuidv4 } from 'uuid'
export async function POST(req: Request) {
