module.exports = {
  cloudEnvId: 'your-cloud-env-id'
};
