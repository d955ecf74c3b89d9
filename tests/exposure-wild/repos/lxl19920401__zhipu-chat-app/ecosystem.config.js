module.exports = {
  apps: [{
    name: 'zhipu-chat',
    script: 'backend/server.js',
    env: {
      NODE_ENV: 'production',
    }
  }]
}
