import https from 'https';
import http from 'http';
process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
