import * as fs from 'fs';
import * as path from 'path';
import sharp from 'sharp';
