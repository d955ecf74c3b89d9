export default {
  common: {
    account: 'アカウント',
  },
};
