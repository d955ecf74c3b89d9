import https from 'https';
import http from 'http';
