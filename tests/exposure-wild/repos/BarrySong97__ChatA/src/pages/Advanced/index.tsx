import React, { FC } from "react";
export interface AdvancedProps {}
const Advanced: FC<AdvancedProps> = () => {
  return <div>Hello Advanced</div>;
};

export default Advanced;
