using System.Text;

namespace Inventory.Benchmarks.Responder;

/// <summary>
/// EC2 items as EC2 writes them (the model's locationNames, <c>&lt;item&gt;</c> lists), with the
/// fields a real account's items carry: an instance is about 4 KB of XML, ~110 leaf values.
/// </summary>
internal static class Ec2Xml
{
    private static readonly string[] Types = ["t3.micro", "m5.large", "c6i.xlarge", "r6g.2xlarge"];

    public static void Reservation(StringBuilder x, string account, string region, int i)
    {
        var az = region + (char)('a' + (i % 3));
        var ip = $"10.{i / 65536 % 256}.{i / 256 % 256}.{i % 256}";
        var publicIp = $"54.{(i / 65536 + 10) % 256}.{i / 256 % 256}.{i % 256}";
        var instance = Ids.Hex("i", region, i);
        var subnet = Ids.Hex("subnet", region, i % 24);
        var vpc = Ids.Hex("vpc", region, i % 8);
        var sg = Ids.Hex("sg", region, i % 40);
        var launched = Wire.IsoTime(i % 700, i % 86400);
        x.Append("<item><reservationId>").Append(Ids.Hex("r", region, i)).Append("</reservationId><ownerId>").Append(account)
         .Append("</ownerId><groupSet/><instancesSet><item><instanceId>").Append(instance)
         .Append("</instanceId><imageId>ami-0").Append((i % 16).ToString("x2")).Append("c0ffee1234567</imageId>")
         .Append("<instanceState><code>16</code><name>running</name></instanceState>")
         .Append("<privateDnsName>ip-").Append(ip.Replace('.', '-')).Append('.').Append(region).Append(".compute.internal</privateDnsName>")
         .Append("<dnsName>ec2-").Append(publicIp.Replace('.', '-')).Append('.').Append(region).Append(".compute.amazonaws.com</dnsName>")
         .Append("<reason/><keyName>ops-2025</keyName><amiLaunchIndex>0</amiLaunchIndex><productCodes/>")
         .Append("<instanceType>").Append(Types[i % Types.Length]).Append("</instanceType><launchTime>").Append(launched).Append("</launchTime>")
         .Append("<placement><availabilityZone>").Append(az).Append("</availabilityZone><groupName/><tenancy>default</tenancy></placement>")
         .Append("<monitoring><state>disabled</state></monitoring><subnetId>").Append(subnet).Append("</subnetId><vpcId>").Append(vpc)
         .Append("</vpcId><privateIpAddress>").Append(ip).Append("</privateIpAddress><ipAddress>").Append(publicIp).Append("</ipAddress>")
         .Append("<sourceDestCheck>true</sourceDestCheck><groupSet><item><groupId>").Append(sg).Append("</groupId><groupName>web-").Append(i % 40)
         .Append("</groupName></item><item><groupId>").Append(Ids.Hex("sg", region, 1000)).Append("</groupId><groupName>ssm-endpoints</groupName></item></groupSet>")
         .Append("<architecture>x86_64</architecture><rootDeviceType>ebs</rootDeviceType><rootDeviceName>/dev/xvda</rootDeviceName><blockDeviceMapping>");
        BlockDevice(x, "/dev/xvda", Ids.Hex("vol", region, 2 * i), launched);
        BlockDevice(x, "/dev/sdf", Ids.Hex("vol", region, (2 * i) + 1), launched);
        x.Append("</blockDeviceMapping><virtualizationType>hvm</virtualizationType><clientToken>terraform-2025").Append(i.ToString("x12"))
         .Append("</clientToken><tagSet>");
        Tag(x, "Name", $"web-{region}-{i}");
        Tag(x, "Environment", i % 5 == 0 ? "staging" : "production");
        Tag(x, "Team", $"team-{i % 12}");
        Tag(x, "CostCenter", $"cc-{1000 + (i % 37)}");
        Tag(x, "aws:autoscaling:groupName", $"web-asg-{i % 20}");
        x.Append("</tagSet><hypervisor>xen</hypervisor><networkInterfaceSet><item><networkInterfaceId>").Append(Ids.Hex("eni", region, i))
         .Append("</networkInterfaceId><subnetId>").Append(subnet).Append("</subnetId><vpcId>").Append(vpc).Append("</vpcId><description/><ownerId>").Append(account)
         .Append("</ownerId><status>in-use</status><macAddress>0a:").Append((i % 256).ToString("x2")).Append(":3f:9c:21:7d</macAddress><privateIpAddress>").Append(ip)
         .Append("</privateIpAddress><privateDnsName>ip-").Append(ip.Replace('.', '-')).Append('.').Append(region).Append(".compute.internal</privateDnsName>")
         .Append("<sourceDestCheck>true</sourceDestCheck><groupSet><item><groupId>").Append(sg).Append("</groupId><groupName>web-").Append(i % 40)
         .Append("</groupName></item></groupSet><attachment><attachmentId>").Append(Ids.Hex("eni-attach", region, i))
         .Append("</attachmentId><deviceIndex>0</deviceIndex><status>attached</status><attachTime>").Append(launched)
         .Append("</attachTime><deleteOnTermination>true</deleteOnTermination><networkCardIndex>0</networkCardIndex></attachment>")
         .Append("<association><publicIp>").Append(publicIp).Append("</publicIp><publicDnsName>ec2-").Append(publicIp.Replace('.', '-'))
         .Append(".compute.amazonaws.com</publicDnsName><ipOwnerId>amazon</ipOwnerId></association><privateIpAddressesSet><item><privateIpAddress>").Append(ip)
         .Append("</privateIpAddress><privateDnsName>ip-").Append(ip.Replace('.', '-')).Append(".compute.internal</privateDnsName><primary>true</primary>")
         .Append("<association><publicIp>").Append(publicIp).Append("</publicIp><ipOwnerId>amazon</ipOwnerId></association></item></privateIpAddressesSet>")
         .Append("<ipv6AddressesSet/><interfaceType>interface</interfaceType></item></networkInterfaceSet>")
         .Append("<iamInstanceProfile><arn>arn:aws:iam::").Append(account).Append(":instance-profile/web-").Append(i % 40)
         .Append("</arn><id>AIPA").Append(i.ToString("X16")).Append("</id></iamInstanceProfile><ebsOptimized>true</ebsOptimized><enaSupport>true</enaSupport>")
         .Append("<cpuOptions><coreCount>1</coreCount><threadsPerCore>2</threadsPerCore></cpuOptions>")
         .Append("<capacityReservationSpecification><capacityReservationPreference>open</capacityReservationPreference></capacityReservationSpecification>")
         .Append("<hibernationOptions><configured>false</configured></hibernationOptions><metadataOptions><state>applied</state><httpTokens>required</httpTokens>")
         .Append("<httpPutResponseHopLimit>2</httpPutResponseHopLimit><httpEndpoint>enabled</httpEndpoint><httpProtocolIpv6>disabled</httpProtocolIpv6>")
         .Append("<instanceMetadataTags>disabled</instanceMetadataTags></metadataOptions><enclaveOptions><enabled>false</enabled></enclaveOptions>")
         .Append("<bootMode>uefi-preferred</bootMode><platformDetails>Linux/UNIX</platformDetails><usageOperation>RunInstances</usageOperation>")
         .Append("<usageOperationUpdateTime>").Append(launched).Append("</usageOperationUpdateTime><privateDnsNameOptions><hostnameType>ip-name</hostnameType>")
         .Append("<enableResourceNameDnsARecord>false</enableResourceNameDnsARecord><enableResourceNameDnsAAAARecord>false</enableResourceNameDnsAAAARecord>")
         .Append("</privateDnsNameOptions><maintenanceOptions><autoRecovery>default</autoRecovery></maintenanceOptions>")
         .Append("<currentInstanceBootMode>legacy-bios</currentInstanceBootMode></item></instancesSet></item>");
    }

    public static void Vpc(StringBuilder x, string account, string region, int i)
    {
        var cidr = $"10.{i % 256}.0.0/16";
        x.Append("<item><vpcId>").Append(Ids.Hex("vpc", region, i)).Append("</vpcId><ownerId>").Append(account).Append("</ownerId><state>available</state><cidrBlock>")
         .Append(cidr).Append("</cidrBlock><cidrBlockAssociationSet><item><cidrBlock>").Append(cidr).Append("</cidrBlock><associationId>")
         .Append(Ids.Hex("vpc-cidr-assoc", region, i)).Append("</associationId><cidrBlockState><state>associated</state></cidrBlockState></item></cidrBlockAssociationSet>")
         .Append("<ipv6CidrBlockAssociationSet/><dhcpOptionsId>").Append(Ids.Hex("dopt", region, 0)).Append("</dhcpOptionsId><instanceTenancy>default</instanceTenancy>")
         .Append("<isDefault>").Append(i == 0 ? "true" : "false").Append("</isDefault><blockPublicAccessStates><internetGatewayBlockMode>off</internetGatewayBlockMode>")
         .Append("</blockPublicAccessStates><tagSet>");
        Tag(x, "Name", $"vpc-{region}-{i}");
        Tag(x, "Team", $"team-{i % 12}");
        x.Append("</tagSet></item>");
    }

    public static void FlowLog(StringBuilder x, string region, int vpc)
    {
        x.Append("<item><creationTime>").Append(Wire.IsoTime(vpc % 300)).Append("</creationTime><deliverLogsStatus>SUCCESS</deliverLogsStatus><flowLogId>")
         .Append(Ids.Hex("fl", region, vpc)).Append("</flowLogId><flowLogStatus>ACTIVE</flowLogStatus><resourceId>").Append(Ids.Hex("vpc", region, vpc))
         .Append("</resourceId><trafficType>ALL</trafficType><logDestinationType>s3</logDestinationType><logDestination>arn:aws:s3:::flow-logs-")
         .Append(region).Append("</logDestination><logFormat>${version} ${account-id} ${interface-id} ${srcaddr} ${dstaddr} ${srcport} ${dstport} ${protocol} ${packets} ${bytes} ${start} ${end} ${action} ${log-status}</logFormat>")
         .Append("<maxAggregationInterval>600</maxAggregationInterval><tagSet/></item>");
    }

    public static void SecurityGroup(StringBuilder x, string account, string region, int i)
    {
        var id = Ids.Hex("sg", region, i);
        x.Append("<item><ownerId>").Append(account).Append("</ownerId><groupId>").Append(id).Append("</groupId><groupName>web-").Append(i)
         .Append("</groupName><groupDescription>web tier ").Append(i).Append(" (managed by terraform)</groupDescription><vpcId>").Append(Ids.Hex("vpc", region, i % 8))
         .Append("</vpcId><securityGroupArn>arn:aws:ec2:").Append(region).Append(':').Append(account).Append(":security-group/").Append(id)
         .Append("</securityGroupArn><ipPermissions>");
        Rule(x, "tcp", 443, "0.0.0.0/0", "https from anywhere");
        Rule(x, "tcp", 22, $"10.{i % 256}.0.0/16", "ssh from the vpc");
        Rule(x, "tcp", 8080 + (i % 10), "192.168.0.0/16", "app port from the office");
        x.Append("</ipPermissions><ipPermissionsEgress><item><ipProtocol>-1</ipProtocol><groups/><ipRanges><item><cidrIp>0.0.0.0/0</cidrIp></item></ipRanges>")
         .Append("<ipv6Ranges/><prefixListIds/></item></ipPermissionsEgress><tagSet>");
        Tag(x, "Name", $"web-{i}");
        x.Append("</tagSet></item>");
    }

    public static void Snapshot(StringBuilder x, string account, string region, int i)
    {
        x.Append("<item><snapshotId>").Append(Ids.Hex("snap", region, i)).Append("</snapshotId><volumeId>").Append(Ids.Hex("vol", region, i))
         .Append("</volumeId><status>completed</status><startTime>").Append(Wire.IsoTime(i % 400)).Append("</startTime><progress>100%</progress><ownerId>")
         .Append(account).Append("</ownerId><volumeSize>").Append(8 << (i % 5)).Append("</volumeSize><description>Created by AWS Backup for ")
         .Append(Ids.Hex("vol", region, i)).Append("</description><encrypted>true</encrypted><kmsKeyId>arn:aws:kms:").Append(region).Append(':').Append(account)
         .Append(":key/").Append(Ids.Uuid(region, i % 150)).Append("</kmsKeyId><storageTier>standard</storageTier><tagSet>");
        Tag(x, "aws:backup:source-resource", Ids.Hex("vol", region, i));
        x.Append("</tagSet></item>");
    }

    private static void BlockDevice(StringBuilder x, string device, string volume, string attached) =>
        x.Append("<item><deviceName>").Append(device).Append("</deviceName><ebs><volumeId>").Append(volume).Append("</volumeId><status>attached</status><attachTime>")
         .Append(attached).Append("</attachTime><deleteOnTermination>true</deleteOnTermination></ebs></item>");

    private static void Rule(StringBuilder x, string protocol, int port, string cidr, string description) =>
        x.Append("<item><ipProtocol>").Append(protocol).Append("</ipProtocol><fromPort>").Append(port).Append("</fromPort><toPort>").Append(port)
         .Append("</toPort><groups/><ipRanges><item><cidrIp>").Append(cidr).Append("</cidrIp><description>").Append(description)
         .Append("</description></item></ipRanges><ipv6Ranges/><prefixListIds/></item>");

    private static void Tag(StringBuilder x, string key, string value) =>
        x.Append("<item><key>").Append(Wire.Escape(key)).Append("</key><value>").Append(Wire.Escape(value)).Append("</value></item>");
}
