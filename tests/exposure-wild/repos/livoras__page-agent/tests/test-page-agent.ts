import { PageAgent } from '../src/page-agent';
import * as readline from 'readline';
