export interface SigningPlan {
  platform: string;
  signed: boolean;
  notarised: boolean;
  line: string;
}
export declare function signingPlan(env: Record<string, string | undefined>, platform: string): SigningPlan;
declare function printSigningStatus(context: { electronPlatformName: string }): Promise<void>;
export default printSigningStatus;
