/** 是否使用mock代替api返回 */
export const config = {
  useMock: true,
};

export default { config };
