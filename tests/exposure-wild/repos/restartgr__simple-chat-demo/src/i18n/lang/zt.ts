export default {
  common: {
    account: '帳戶',
  },
};
