import { Client } from 'pg'
import fs from 'fs'
import path from 'path'
