import { createServer } from 'http'
import { Server } from 'socket.io'
