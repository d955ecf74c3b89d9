import { chromium } from 'playwright';
