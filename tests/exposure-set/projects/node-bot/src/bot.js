const { Client } = require('discord.js');
const { reply } = require('./zai');
const client = new Client({ intents: [] });
client.login('__ZAI_KEY_91__');
void reply;
