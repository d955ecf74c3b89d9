import { execSync } from 'child_process'
import * as fs from 'fs'
import * as path from 'path'
import {
} from './skills-common'
